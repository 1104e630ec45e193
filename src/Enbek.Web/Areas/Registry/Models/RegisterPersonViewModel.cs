using Enbek.Application.Registry.Persons;
using Enbek.Domain.Territory;

namespace Enbek.Web.Areas.Registry.Models;

/// <summary>The form, the lists it chooses from, and, after a refused save, the center that already holds the IIN.</summary>
public sealed record RegisterPersonViewModel(RegisterPersonForm Form, IReadOnlyList<Region> Regions, IReadOnlyList<District> Districts, PersonHolder? HeldBy);
