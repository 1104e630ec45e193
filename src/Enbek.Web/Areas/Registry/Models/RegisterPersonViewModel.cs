using Enbek.Application.Registry.Persons;
using Enbek.Application.Territory;
using Enbek.Domain.Territory;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The form, the lists it chooses from, and, after a refused save, the center that already holds the IIN.</summary>
public sealed record RegisterPersonViewModel(RegisterPersonForm Form, IReadOnlyList<RegionRow> Regions, IReadOnlyList<District> Districts, PersonHolder? HeldBy);
