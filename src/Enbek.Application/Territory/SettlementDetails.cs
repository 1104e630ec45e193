using Enbek.Domain.Common;
using Enbek.Domain.Territory;

namespace Enbek.Application.Territory;

public sealed record SettlementDetails(
    long Id,
    string Kato,
    string NameKk,
    string NameRu,
    SettlementKind Kind,
    string? CityLevel,
    LocalisedName Region,
    LocalisedName? District,
    SettlementClass ProgrammeClass,
    SettlementClass DefaultClass,
    string DefaultBasis);
