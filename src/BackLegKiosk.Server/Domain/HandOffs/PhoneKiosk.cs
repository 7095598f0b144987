namespace BackLegKiosk.Server.Domain.HandOffs;

/// <summary>
/// Where a member's phone records sets: one kiosk row for every phone, so facts, usage and the change
/// feed treat phone sets like any kiosk's. It has no device key (its stored hash matches no key) and is
/// not a device staff manage, so the kiosk list leaves it out.
/// </summary>
public static class PhoneKiosk
{
    public static readonly Guid Id = new("0b1e0000-0000-7000-8000-00000000f00e");

    public const string Name = "Member phones";
}
