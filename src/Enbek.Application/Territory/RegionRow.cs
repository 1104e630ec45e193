using Enbek.Domain.Common;
using Enbek.Domain.Territory;

namespace Enbek.Application.Territory;

public sealed record RegionRow(long Id, string Kato, LocalisedName Name, RegionKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo, int CurrentDistricts);
