using Enbek.Domain.Common;

namespace Enbek.Application.Territory;

public sealed record DistrictOption(long Id, string Kato, LocalisedName Name, LocalisedName Region);
