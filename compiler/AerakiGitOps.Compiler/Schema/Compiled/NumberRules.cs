using System.Globalization;
using AerakiGitOps.Compiler.Loading.Yaml;

namespace AerakiGitOps.Compiler.Schema.Compiled;

/// <summary>
/// The range keywords of numbers: minimum, maximum and the draft-06+ numeric exclusiveMinimum and
/// exclusiveMaximum. A value is compared as a decimal (a float rounded to 15 significant digits, as
/// <see cref="Convert.ToDecimal(double)"/> does), or as a double when it does not fit a decimal (±inf, nan, 1e300).
/// </summary>
internal sealed class NumberRules(decimal? minimum, decimal? maximum, decimal? exclusiveMinimum, decimal? exclusiveMaximum)
{
    public decimal? Minimum { get; } = minimum;

    public decimal? Maximum { get; } = maximum;

    public decimal? ExclusiveMinimum { get; } = exclusiveMinimum;

    public decimal? ExclusiveMaximum { get; } = exclusiveMaximum;

    public bool Accepts(YScalar scalar, ValueKind kind) => Failures(scalar, kind) == (false, false, false, false);

    public void Collect(YScalar scalar, ValueKind kind, string path, SchemaNode owner, List<SchemaError> errors)
    {
        var (belowMinimum, aboveMaximum, notAboveExclusive, notBelowExclusive) = Failures(scalar, kind);
        AddIf(belowMinimum, SchemaErrorKind.NumberTooSmall);
        AddIf(aboveMaximum, SchemaErrorKind.NumberTooBig);
        AddIf(notAboveExclusive, SchemaErrorKind.NumberTooSmall);
        AddIf(notBelowExclusive, SchemaErrorKind.NumberTooBig);

        void AddIf(bool failed, SchemaErrorKind error)
        {
            if (failed)
            {
                errors.Add(new SchemaError(error, scalar, path, owner));
            }
        }
    }

    private (bool BelowMinimum, bool AboveMaximum, bool NotAboveExclusive, bool NotBelowExclusive) Failures(YScalar scalar, ValueKind kind)
    {
        if (TryDecimal(scalar.Value, kind, out var value))
        {
            var belowMinimum = value < Minimum;
            var aboveMaximum = value > Maximum;
            return (belowMinimum, aboveMaximum, value <= ExclusiveMinimum, value >= ExclusiveMaximum);
        }

        var number = AsDouble(scalar.Value, kind);
        var belowDoubleMinimum = number < (double?)Minimum;
        var aboveDoubleMaximum = number > (double?)Maximum;
        return (belowDoubleMinimum, aboveDoubleMaximum, number <= (double?)ExclusiveMinimum, number >= (double?)ExclusiveMaximum);
    }

    private static bool TryDecimal(string text, ValueKind kind, out decimal value)
    {
        if (kind == ValueKind.Integer && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            value = small;
            return true;
        }

        try
        {
            value = kind == ValueKind.Integer ? (decimal)ScalarNumbers.ParseInteger(text)!.Value : Convert.ToDecimal(ScalarNumbers.ParseFloat(text)!.Value);
            return true;
        }
        catch (OverflowException)
        {
            value = 0;
            return false;
        }
    }

    private static double AsDouble(string text, ValueKind kind)
        => kind == ValueKind.Integer ? (double)ScalarNumbers.ParseInteger(text)!.Value : ScalarNumbers.ParseFloat(text)!.Value;
}
