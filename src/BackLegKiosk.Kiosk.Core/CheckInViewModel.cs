using CommunityToolkit.Mvvm.ComponentModel;
using CommunityToolkit.Mvvm.Input;

namespace BackLegKiosk.Kiosk.Core;

/// <summary>Member code, PIN pad and last night's sleep; a clear message for every way it can go wrong.</summary>
public sealed partial class CheckInViewModel(IKioskBackend backend, KioskText text) : ObservableObject
{
    /// <summary>Raised when the server accepts the member.</summary>
    public event EventHandler<MemberCheckIn>? CheckedIn;

    [ObservableProperty]
    [NotifyCanExecuteChangedFor(nameof(SubmitCommand))]
    public partial string MemberCode { get; set; } = string.Empty;

    [ObservableProperty]
    [NotifyPropertyChangedFor(nameof(PinMask))]
    [NotifyCanExecuteChangedFor(nameof(SubmitCommand))]
    public partial string Pin { get; private set; } = string.Empty;

    /// <summary>Hours slept last night, set with big steppers.</summary>
    [ObservableProperty]
    public partial double SleepHours { get; set; } = 7.5;

    [ObservableProperty]
    public partial string? Error { get; private set; }

    [ObservableProperty]
    [NotifyCanExecuteChangedFor(nameof(SubmitCommand))]
    public partial bool IsBusy { get; private set; }

    /// <summary>The PIN as dots: the digits never appear on screen.</summary>
    public string PinMask => new('●', Pin.Length);

    [RelayCommand]
    private void PinDigit(string digit)
    {
        if (Pin.Length < 8 && digit is [>= '0' and <= '9'])
        {
            Pin += digit;
            Error = null;
        }
    }

    [RelayCommand]
    private void PinBackspace() => Pin = Pin.Length == 0 ? Pin : Pin[..^1];

    [RelayCommand]
    private void MoreSleep() => SleepHours = Math.Min(24, SleepHours + 0.5);

    [RelayCommand]
    private void LessSleep() => SleepHours = Math.Max(0, SleepHours - 0.5);

    public void Clear()
    {
        MemberCode = string.Empty;
        Pin = string.Empty;
        SleepHours = 7.5;
        Error = null;
    }

    private bool CanSubmit() => !IsBusy && MemberCode.Trim().Length >= 4 && Pin.Length >= 4;

    [RelayCommand(CanExecute = nameof(CanSubmit))]
    private async Task SubmitAsync(CancellationToken cancellationToken)
    {
        IsBusy = true;
        Error = null;
        try
        {
            var result = await backend.CheckInAsync(MemberCode.Trim(), Pin, SleepHours, cancellationToken);
            Pin = string.Empty;
            if (result.Succeeded)
            {
                CheckedIn?.Invoke(this, result.Value!);
            }
            else
            {
                Error = result.Failure == BackendFailure.Unreachable ? text["Failure.CheckInUnavailable"] : text.Failure(result);
            }
        }
        finally
        {
            IsBusy = false;
        }
    }
}
