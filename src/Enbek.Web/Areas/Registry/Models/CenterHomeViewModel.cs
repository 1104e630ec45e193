using Enbek.Application.Home;
using Enbek.Application.Registry.Persons;

namespace Enbek.Web.Areas.Registry.Models;

public sealed record CenterHomeViewModel(DashboardFigures Figures, CenterDay Day);
