using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class EditUserRolesFormValidator : AbstractValidator<EditUserRolesForm>
{
    public EditUserRolesFormValidator(IStringLocalizer<SharedResource> t) => Include(new UserRolesFormValidator(t));
}
