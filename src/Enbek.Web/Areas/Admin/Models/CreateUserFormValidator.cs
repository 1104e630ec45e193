using Enbek.Application.Accounts;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class CreateUserFormValidator : AbstractValidator<CreateUserForm>
{
    public CreateUserFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage(_ => t["Enter the user name."])
            .Matches("^[A-Za-z0-9._-]{3,64}$").WithMessage(_ => t["The user name may hold Latin letters, digits, dots, hyphens and underscores (3 to 64)."]);
        RuleFor(f => f.FullName).NotEmpty().WithMessage(_ => t["Enter the full name."])
            .MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
        RuleFor(f => f.OrganisationId).NotNull().WithMessage(_ => t["Choose the organisation."]);
        Include(new UserRolesFormValidator(t));
        RuleFor(f => f.PreferredCulture).Must(UserAdminService.Languages.Contains).WithMessage(_ => t["Choose the language."]);
    }
}
