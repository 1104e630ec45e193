using Enbek.Application.Common;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Infrastructure;

/// <summary>
/// The outcome of a one-field action (a button with a reason, an upload) shown on the page it returns
/// to: the success message, or the localised reasons it was refused.
/// </summary>
public static class OutcomeMessages
{
    public static void Report(this ITempDataDictionary tempData, ServiceResult result, IStringLocalizer t, string successKey)
    {
        if (result.Succeeded)
        {
            tempData["Message"] = t[successKey].Value;
        }
        else
        {
            tempData["Error"] = string.Join(" ", result.Errors.Select(e => t[e.MessageKey].Value));
        }
    }
}
