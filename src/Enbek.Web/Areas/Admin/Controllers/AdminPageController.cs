using Enbek.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Controllers;

/// <summary>
/// Common work of the administrator's pages: refusals of the application services shown next to the
/// fields (or above the record for a button), and a success message after a redirect.
/// </summary>
public abstract class AdminPageController(IStringLocalizer<SharedResource> t) : Controller
{
    /// <summary>TempData key of a one-time password, shown once on the account's page.</summary>
    public const string OneTimePasswordKey = "OneTimePassword";

    /// <summary>TempData key of a refusal of a button's action, shown on the record's page.</summary>
    public const string RefusalKey = "Refusal";

    /// <summary>Service refusal codes and the texts (resource keys) shown for them.</summary>
    private static readonly Dictionary<string, string> Refusals = new(StringComparer.Ordinal)
    {
        ["KindNotYours"] = "You cannot create an organisation of this kind.",
        ["LenderKindRequired"] = "Choose the kind of lender.",
        ["OutsideYourRegion"] = "Choose a region you manage.",
        ["RegionRequired"] = "Choose the region.",
        ["DistrictRequired"] = "Choose a district of the chosen region.",
        ["BinTaken"] = "Another organisation already has this BIN.",
        ["CannotDeactivateOwnOrganisation"] = "You cannot deactivate your own organisation.",
        ["SeatTaken"] = "Someone already holds this position in the commission for that period: end their membership first.",
        ["MembershipAlreadyEnded"] = "This membership has already ended.",
        ["EndBeforeStart"] = "The last day cannot be before the first day of the membership.",
        ["OrganisationNotManaged"] = "Choose an active organisation you manage.",
        ["RoleRequired"] = "Choose at least one role.",
        ["RoleNotForOrganisation"] = "A chosen role cannot be held in this kind of organisation.",
        ["UserNameTaken"] = "This user name is already taken.",
        ["DuplicateUserName"] = "This user name is already taken.",
        ["InvalidUserName"] = "The user name may hold Latin letters, digits, dots, hyphens and underscores (3 to 64).",
        ["CannotRemoveOwnAdministrator"] = "You cannot take the administrator role away from yourself.",
        ["CannotDeactivateYourself"] = "You cannot deactivate your own account.",
    };

    protected IStringLocalizer<SharedResource> T { get; } = t;

    /// <summary>Puts the refusals next to their fields; true when there were none.</summary>
    protected bool Accepted(ServiceResult result)
    {
        foreach (var (field, code) in result.Errors)
        {
            ModelState.AddModelError(field, Text(code));
        }

        return result.Succeeded;
    }

    /// <summary>Post-redirect-get to the record's page with a success message.</summary>
    protected IActionResult Done(string messageKey, long id)
    {
        TempData["Message"] = T[messageKey].Value;
        return RedirectToAction("Details", new { id });
    }

    /// <summary>After a button's action: success message or refusal, then the record's page.</summary>
    protected IActionResult DoneOrRefused(ServiceResult result, string messageKey, long id)
    {
        if (result.Succeeded)
        {
            return Done(messageKey, id);
        }

        TempData[RefusalKey] = string.Join(" ", result.Errors.Select(e => Text(e.MessageKey)));
        return RedirectToAction("Details", new { id });
    }

    private string Text(string code) =>
        T[Refusals.GetValueOrDefault(code, "The request could not be understood. Go back and try again.")].Value;
}
