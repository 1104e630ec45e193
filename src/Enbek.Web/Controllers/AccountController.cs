using Enbek.Application.Accounts;
using Enbek.Data.Identity;
using Enbek.Web.Infrastructure;
using Enbek.Web.Models;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Controllers;

public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    LoginHistoryService history,
    LoginThrottle throttle,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t,
    ILogger<AccountController> log) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (!throttle.TryAttempt(address, form.UserName))
        {
            await history.RecordAsync(form.UserName, null, false, "Throttled", address);
            ModelState.AddModelError(string.Empty, t["Too many attempts. Wait a minute and try again."]);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return View(form);
        }

        var user = await users.FindByNameAsync(form.UserName.Trim());
        if (user is null || !user.IsActive || !await history.OrganisationIsActiveAsync(user.OrganisationId))
        {
            var outcome = user is null ? "UnknownUser" : user.IsActive ? "OrganisationDeactivated" : "Deactivated";
            await history.RecordAsync(form.UserName, user?.Id, false, outcome, address);
            ModelState.AddModelError(string.Empty, t["Wrong user name or password."]);
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await history.RecordAsync(form.UserName, user.Id, false, "LockedOut", address);
            log.LogWarning("Account {UserId} is locked out", user.Id);
            ModelState.AddModelError(string.Empty, t["The account is locked after repeated failures. Try again in 15 minutes or ask your administrator."]);
            return View(form);
        }

        if (!result.Succeeded)
        {
            await history.RecordAsync(form.UserName, user.Id, false, "WrongPassword", address);
            ModelState.AddModelError(string.Empty, t["Wrong user name or password."]);
            return View(form);
        }

        user.LastSignInAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await history.RecordAsync(form.UserName, user.Id, true, "SignedIn", address);
        PortalCultures.WriteCookie(Response, user.PreferredCulture);
        if (user.MustChangePassword)
        {
            return RedirectToAction(nameof(ChangePassword));
        }

        return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction("Index", "Home");
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var changed = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!changed.Succeeded)
        {
            var key = changed.Errors.Any(e => e.Code == "PasswordMismatch")
                ? "The current password is wrong."
                : "The password must have at least 10 characters, with a digit, a lower-case and an upper-case letter.";
            ModelState.AddModelError(changed.Errors.Any(e => e.Code == "PasswordMismatch") ? nameof(form.CurrentPassword) : nameof(form.NewPassword), t[key]);
            return View(form);
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = t["Your password has been changed."].Value;
        return RedirectToAction("Index", "Home");
    }

    /// <summary>Where a signed-in user is sent for a page their roles do not allow: answered as 403.</summary>
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
