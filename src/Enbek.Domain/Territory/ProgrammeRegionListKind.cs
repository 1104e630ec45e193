namespace Enbek.Domain.Territory;

/// <summary>Region lists of the programme: labour mobility (5.3.2) and Serpin (5.1.3).</summary>
public enum ProgrammeRegionListKind
{
    MobilityOrigin,
    MobilityReceiving,
    SerpinOrigin,
    SerpinStudy,
}
