using Enbek.Domain.Common;
using Enbek.Domain.Territory;

namespace Enbek.Application.Territory;

public sealed record DistrictRow(
    long Id, string Kato, LocalisedName Name, DistrictKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<KatoPeriodRow> Codes);
