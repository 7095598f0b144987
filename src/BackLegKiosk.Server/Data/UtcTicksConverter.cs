using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BackLegKiosk.Server.Data;

/// <summary>Stores a time as UTC ticks, so ordering and range queries work in SQL on every provider.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
