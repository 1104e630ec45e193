using Enbek.Application.Registry.Persons;

namespace Enbek.Web.Areas.Registry.Models;

public sealed record CaseFileViewModel(CaseFile File, bool CanChange);
