using Enbek.Domain.Common;
using Enbek.Domain.Territory;

namespace Enbek.Application.Territory;

public sealed record SettlementRow(
    long Id, string Kato, string NameKk, string NameRu, SettlementKind Kind, SettlementClass ProgrammeClass, LocalisedName Region, LocalisedName? District);
