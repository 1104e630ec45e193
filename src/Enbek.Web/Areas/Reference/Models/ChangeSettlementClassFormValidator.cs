using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Reference.Models;

public sealed class ChangeSettlementClassFormValidator : AbstractValidator<ChangeSettlementClassForm>
{
    public ChangeSettlementClassFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.NewClass).NotNull().WithMessage(_ => t["Choose the new class."])
            .IsInEnum().WithMessage(_ => t["Choose the new class."]);
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Give the reason for the change, such as the decision it follows."])
            .MaximumLength(1000).WithMessage(_ => t["At most 1000 characters."]);
    }
}
