namespace Enbek.Web.Areas.Admin.Models;

/// <summary>A button that posts only after a second, confirming click (no script needed).</summary>
public sealed record ConfirmedAction(string Action, long Id, string Label, string Question, string ButtonClass, string ElementId);
