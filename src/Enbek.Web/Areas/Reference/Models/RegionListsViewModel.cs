using Enbek.Application.Territory;

namespace Enbek.Web.Areas.Reference.Models;

/// <summary>
/// The programme's region lists; the ministry administrator edits the receiving regions.
/// <see cref="FailedEntryId"/> is the entry whose removal was refused, so its message shows in its row.
/// </summary>
public sealed record RegionListsViewModel(
    IReadOnlyList<RegionListRow> Entries,
    IReadOnlyList<RegionRow> Regions,
    DateOnly Today,
    AddReceivingRegionForm Add,
    long? FailedEntryId,
    bool CanManage);
