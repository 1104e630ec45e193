using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class EndCommissionMembershipFormValidator : AbstractValidator<EndCommissionMembershipForm>
{
    public EndCommissionMembershipFormValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(f => f.ValidTo).NotNull().WithMessage(_ => t["Enter the last day."]);
}
