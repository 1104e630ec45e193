namespace Enbek.Domain.Registry;

/// <summary>The three directions of the programme (section 5.1, 5.2, 5.3).</summary>
public enum ProgrammeDirection
{
    Training = 1,
    Entrepreneurship = 2,
    Jobs = 3,
}
