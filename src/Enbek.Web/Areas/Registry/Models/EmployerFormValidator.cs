using Enbek.Domain.Common;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Enbek.Web.Areas.Registry.Models;

public sealed class EmployerFormValidator : AbstractValidator<EmployerForm>
{
    public EmployerFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Bin).Must(Bin.IsValid).WithMessage(_ => t["The BIN is not valid: 12 digits with a correct check digit."]);
        RuleFor(f => f.Name).NotEmpty().WithMessage(_ => t["Enter the name."]).MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
        RuleFor(f => f.RegionId).NotNull().WithMessage(_ => t["Choose the region."]);
        RuleFor(f => f.Size).NotNull().WithMessage(_ => t["Choose the size of the business."]).IsInEnum();
        RuleFor(f => f.RegisteredOn).NotNull().WithMessage(_ => t["Enter the date of state registration."]);
        RuleFor(f => f.Sector).MaximumLength(10).Matches(@"^[0-9.]*$").WithMessage(_ => t["The activity code holds digits and dots."]);
        RuleFor(f => f.StateSharePercent).InclusiveBetween(0m, 100m).WithMessage(_ => t["The state's share is between 0 and 100 per cent."]);
        RuleFor(f => f.TaxCheckedOn).NotNull().When(f => f.TaxCompliant is not null).WithMessage(_ => t["Enter the date it was checked."]);
        RuleFor(f => f.WageArrearsCheckedOn).NotNull().When(f => f.NoWageArrears is not null).WithMessage(_ => t["Enter the date it was checked."]);
        RuleFor(f => f.Phone).MaximumLength(30).Matches(@"^[0-9+()\- ]*$")
            .WithMessage(_ => t["The phone number may hold digits, spaces, +, - and brackets."]);
        RuleFor(f => f.Email).MaximumLength(200).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email))
            .WithMessage(_ => t["The e-mail address is not valid."]);
        RuleFor(f => f.ContactPerson).MaximumLength(300).WithMessage(_ => t["At most 300 characters."]);
    }
}
