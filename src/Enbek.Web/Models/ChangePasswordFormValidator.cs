using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Models;

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage(_ => t["Enter your current password."]);
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage(_ => t["Enter a new password."])
            .MinimumLength(10).WithMessage(_ => t["The password must have at least 10 characters, with a digit, a lower-case and an upper-case letter."])
            .Matches("[0-9]").WithMessage(_ => t["The password must have at least 10 characters, with a digit, a lower-case and an upper-case letter."])
            .Matches("[a-zа-яәғқңөұүһі]").WithMessage(_ => t["The password must have at least 10 characters, with a digit, a lower-case and an upper-case letter."])
            .Matches("[A-ZА-ЯӘҒҚҢӨҰҮҺІ]").WithMessage(_ => t["The password must have at least 10 characters, with a digit, a lower-case and an upper-case letter."])
            .NotEqual(f => f.CurrentPassword).WithMessage(_ => t["The new password must differ from the current one."]);
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(_ => t["The passwords do not match."]);
    }
}
