using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class EditOrganisationFormValidator : AbstractValidator<EditOrganisationForm>
{
    public EditOrganisationFormValidator(IStringLocalizer<SharedResource> t) => Include(new OrganisationNamesFormValidator(t));
}
