using Enbek.Domain.Common;

namespace Enbek.Domain.Registry.Rules;

/// <summary>
/// Section 1 (participants are identified by ЖСН, the IIN): the birth date and sex written in the
/// IIN must be those entered for the person; a difference means one of them was mistyped.
/// </summary>
public static class IinMatchesBirthDateAndSexRule
{
    public const string Code = "REG-IIN-FACTS";
    public const string Section = "1";

    public static RuleResult Evaluate(Iin iin, DateOnly enteredBirthDate, Sex enteredSex)
    {
        RuleFact[] facts =
        [
            RuleFact.Date("BirthDateInIin", iin.BirthDate),
            RuleFact.Date("BirthDateEntered", enteredBirthDate),
            new("SexInIin", iin.Sex.ToString(), "sex"),
            new("SexEntered", enteredSex.ToString(), "sex"),
        ];
        return iin.BirthDate == enteredBirthDate && iin.Sex == enteredSex
            ? RuleResult.Pass(Code, Section, "The birth date and sex agree with the IIN.", facts)
            : RuleResult.Fail(Code, Section, "The birth date or sex does not agree with the IIN.", facts);
    }
}
