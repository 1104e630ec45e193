using Enbek.Domain.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class RecordVisitFormValidator : AbstractValidator<RecordVisitForm>
{
    public RecordVisitFormValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(f => f.VisitedAt).NotNull().WithMessage(_ => t["Enter the date and time of the visit."])
            .Must(at => at is null || at.Value <= clock.GetLocalNow().DateTime.AddHours(12)).WithMessage(_ => t["The visit cannot be in the future."]);
        RuleFor(f => f.PersonName).NotEmpty().WithMessage(_ => t["Enter the person's name."])
            .MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
        RuleFor(f => f.Iin).Must(iin => string.IsNullOrWhiteSpace(iin) || Iin.TryParse(iin, out _))
            .WithMessage(_ => t["The IIN is not valid: 12 digits with a correct check digit and birth date."]);
        RuleFor(f => f.Phone).MaximumLength(30).Matches(@"^[0-9+()\- ]*$").WithMessage(_ => t["The phone number may hold digits, spaces, +, - and brackets."]);
        RuleFor(f => f.Purpose).NotNull().WithMessage(_ => t["Choose the purpose of the visit."]).IsInEnum();
        RuleFor(f => f.Outcome).NotNull().WithMessage(_ => t["Choose the outcome of the visit."]).IsInEnum();
        RuleFor(f => f.Notes).MaximumLength(2000).WithMessage(_ => t["At most 2000 characters."]);
    }
}
