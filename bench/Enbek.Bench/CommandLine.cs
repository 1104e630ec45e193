using System.Globalization;

namespace Enbek.Bench;

/// <summary>A command and its "--name value" options; every option read must be known, none left over.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CommandLine(string command) => Command = command;

    public string Command { get; }

    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException("a command is required");
        }

        var line = new CommandLine(args[0]);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected '--name value', got '{args[i]}'");
            }

            line._options[args[i][2..]] = args[i + 1];
        }

        return line;
    }

    public string Text(string name, string fallback)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) ? value : fallback;
    }

    public int Number(string name, int fallback) =>
        int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)).Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);

    public double Seconds(string name, double fallback) =>
        double.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)).TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture);

    public string[] List(string name, string fallback) =>
        Text(name, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Fails on an option that no reader asked for (a typo should not silently fall back to a default).</summary>
    public void EnsureAllRead()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}");
        }
    }

    /// <summary>A connection string from the same environment variables the portal reads.</summary>
    public static string ConnectionString(string name) =>
        Environment.GetEnvironmentVariable($"ConnectionStrings__{name}") is { Length: > 0 } value
            ? value
            : throw new ArgumentException($"ConnectionStrings__{name} is not set");
}
