namespace Enbek.Domain.Registry;

public enum EducationLevel
{
    None,
    Primary,
    BasicSecondary,
    GeneralSecondary,
    Tvet,
    Higher,
    Postgraduate,
}
