using Enbek.Application.Common;
using Enbek.Application.Registry;

namespace Enbek.Web.Areas.Registry.Models;

public sealed record ReceptionListViewModel(ReceptionFilter Filter, Page<ReceptionRow> Page, bool CanRecord);
