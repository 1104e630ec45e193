using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Admin.Models;

public sealed class AddCommissionMemberFormValidator : AbstractValidator<AddCommissionMemberForm>
{
    public AddCommissionMemberFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage(_ => t["Enter the full name."])
            .MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
        RuleFor(f => f.JobTitle).NotEmpty().WithMessage(_ => t["Enter the job title."])
            .MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
        RuleFor(f => f.Position).NotNull().WithMessage(_ => t["Choose the position in the commission."])
            .IsInEnum().WithMessage(_ => t["Choose the position in the commission."]);
        RuleFor(f => f.ValidFrom).NotNull().WithMessage(_ => t["Enter the first day."]);
    }
}
