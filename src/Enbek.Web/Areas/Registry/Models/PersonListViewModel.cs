using Enbek.Application.Common;
using Enbek.Application.Registry.Persons;

namespace Enbek.Web.Areas.Registry.Models;

public sealed record PersonListViewModel(PersonFilter Filter, Page<PersonRow> Page, bool CanRegister);
