using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class UserRolesFormValidator : AbstractValidator<IUserRolesForm>
{
    public UserRolesFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Roles).NotEmpty().WithMessage(_ => t["Choose at least one role."]);
        RuleForEach(f => f.Roles).IsInEnum().WithMessage(_ => t["Choose roles from the list."]);
    }
}
