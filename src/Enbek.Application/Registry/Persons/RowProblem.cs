namespace Enbek.Application.Registry.Persons;

/// <summary>
/// Why a row of an imported file is refused: the field (named as in <see cref="RegisterPerson"/>), a
/// resource key and the values the message names, so it is written in the reader's language when shown.
/// </summary>
public sealed record RowProblem(string Field, string MessageKey, params object[] Arguments);
