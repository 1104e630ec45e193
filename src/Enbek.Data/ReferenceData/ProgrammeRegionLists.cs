using Enbek.Domain.Territory;

namespace Enbek.Data.ReferenceData;

/// <summary>The region lists as first loaded; administrators edit them afterwards.</summary>
public static class ProgrammeRegionLists
{
    public static readonly (ProgrammeRegionListKind List, string[] Katos, string Basis)[] Seed =
    [
        // 5.3.2: Almaty, Zhambyl, Mangystau, Turkestan, Kyzylorda oblasts and Shymkent city.
        (ProgrammeRegionListKind.MobilityOrigin, ["190000000", "310000000", "470000000", "610000000", "430000000", "790000000"],
            "programme text, section 5.3.2"),

        // Receiving regions are set by the Government; these five are the starting list.
        (ProgrammeRegionListKind.MobilityReceiving, ["110000000", "630000000", "390000000", "550000000", "590000000"],
            "set by the Government (section 5.3.2); initial list: Akmola, East Kazakhstan, Kostanay, Pavlodar, North Kazakhstan"),

        // 5.1.3: labour-surplus regions whose graduates study under Serpin.
        (ProgrammeRegionListKind.SerpinOrigin, ["190000000", "310000000", "430000000", "470000000", "610000000"],
            "programme text, section 5.1.3"),

        // 5.1.3: regions of study ("6 regions" in the text, then nine listed: the list is followed, see PROGRAMME.md §7).
        (ProgrammeRegionListKind.SerpinStudy, ["110000000", "150000000", "230000000", "390000000", "550000000", "630000000", "270000000", "350000000", "590000000"],
            "programme text, section 5.1.3"),
    ];
}
