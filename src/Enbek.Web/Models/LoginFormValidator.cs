using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Models;

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage(_ => t["Enter your user name."]).MaximumLength(256);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => t["Enter your password."]).MaximumLength(256);
    }
}
