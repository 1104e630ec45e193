using Enbek.Application.Common;
using Enbek.Domain.Access;
using Enbek.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Controllers;

/// <summary>
/// Common work of the reference-data pages: every role reads them; edits need
/// <see cref="PortalAction.ReferenceDataManage"/>, which only the ministry's administrator holds in effect.
/// </summary>
[Area("Reference")]
[AuthorizeAction(PortalAction.ReferenceDataRead)]
public abstract class ReferenceController(IStringLocalizer<SharedResource> t) : Controller
{
    protected bool CanManage => User.Can(PortalAction.ReferenceDataManage);

    /// <summary>
    /// Runs a posted form's validator. The model binder's own messages are not localised, so they are
    /// dropped: a value it could not read stays empty and the validator says what to enter.
    /// </summary>
    protected async Task<bool> ValidAsync<TForm>(IValidator<TForm> validator, TForm form, string prefix)
    {
        ModelState.Clear();
        return await validator.ValidateIntoAsync(form, ModelState, prefix);
    }

    /// <summary>Puts a use case's refusals next to the fields of the form; true when it succeeded.</summary>
    protected bool Succeeded(ServiceResult result, string prefix)
    {
        foreach (var (field, messageKey) in result.Errors)
        {
            ModelState.AddModelError($"{prefix}.{field}", t[messageKey]);
        }

        return result.Succeeded;
    }

    /// <summary>Post-redirect-get with a message for the next page.</summary>
    protected RedirectToActionResult Done(string messageKey, string action, object? routeValues = null)
    {
        TempData["Message"] = t[messageKey].Value;
        return RedirectToAction(action, routeValues);
    }
}
