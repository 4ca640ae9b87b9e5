using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// The complete content of a template view as bytes: every value Scriban can read from it, walked by
/// runtime type the way Scriban walks it (public instance fields and readable properties, lists item by
/// item), each scalar tagged with its type. Two views with equal bytes render the same text; views it
/// cannot describe completely (dictionaries, very deep or cyclic graphs) get no bytes and are never cached.
/// </summary>
internal static class ViewContent
{
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    private static readonly JsonEncodedText TypeProperty = JsonEncodedText.Encode("$type");

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    /// <summary>The view's content, or null when it holds something this walk does not describe.</summary>
    public static byte[]? Of(object view) => TryWrite(view, out var content) ? content.ToArray() : null;

    /// <summary>
    /// Writes the view's content into this thread's buffer and returns it, valid until the next call on this
    /// thread; false when the view holds something this walk does not describe.
    /// </summary>
    public static bool TryWrite(object view, out ReadOnlySpan<byte> content)
    {
        content = default;
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        json.Reset(buffer);
        try
        {
            if (!TryWrite(json, view, 0))
            {
                return false;
            }
        }
        catch (ArgumentException)
        {
            return false; // text that is not valid UTF-16 (a lone surrogate): render it, do not cache it
        }

        json.Flush();
        content = buffer.WrittenSpan;
        return true;
    }

    private static bool TryWrite(Utf8JsonWriter json, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case null:
                json.WriteNullValue();
                return true;
            case string text:
                json.WriteStringValue(text);
                return true;
            case bool flag:
                json.WriteBooleanValue(flag);
                return true;
            case double d:
                json.WriteStringValue("double:" + d.ToString("R", CultureInfo.InvariantCulture));
                return true;
            case float f:
                json.WriteStringValue("float:" + f.ToString("R", CultureInfo.InvariantCulture));
                return true;
            case IDictionary:
                return false;
            case IEnumerable items:
                return TryWriteItems(json, items, depth);
        }

        var shape = ShapeOf(value.GetType());
        if (shape.Members is null)
        {
            json.WriteStringValue(shape.Name + Convert.ToString(value, CultureInfo.InvariantCulture));
            return true;
        }

        json.WriteStartObject();
        json.WriteString(TypeProperty, shape.Tag);
        foreach (var member in shape.Members)
        {
            json.WritePropertyName(member.Name);
            if (!TryWrite(json, member.Read(value), depth + 1))
            {
                return false;
            }
        }

        json.WriteEndObject();
        return true;
    }

    private static bool TryWriteItems(Utf8JsonWriter json, IEnumerable items, int depth)
    {
        json.WriteStartArray();
        foreach (var item in items)
        {
            if (!TryWrite(json, item, depth + 1))
            {
                return false;
            }
        }

        json.WriteEndArray();
        return true;
    }

    /// <summary>
    /// Scalars (primitives, enums, decimals, other formattable values) are written as type-tagged text;
    /// anything else member by member. A type's tag is a number of its own in this process (the cache lives
    /// in one process), short where a full generic type name would run to hundreds of characters.
    /// </summary>
    private static Shape ShapeOf(Type type) => Shapes.TryGetValue(type, out var shape) ? shape : AddShape(type);

    private static Shape AddShape(Type type)
    {
        lock (Shapes)
        {
            if (Shapes.TryGetValue(type, out var existing))
            {
                return existing;
            }

            var tag = $"t{Shapes.Count}";
            var shape = type.IsPrimitive || type.IsEnum || type == typeof(decimal) || typeof(IFormattable).IsAssignableFrom(type)
                ? new Shape(tag + ":", null)
                : new Shape(tag,
                [
                    .. type.GetFields(BindingFlags.Instance | BindingFlags.Public).Select(f => new Member(JsonEncodedText.Encode(f.Name), Getter(type, f))),
                    .. type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                        .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                        .Select(p => new Member(JsonEncodedText.Encode(p.Name), Getter(type, p))),
                ]);
            Shapes[type] = shape;
            return shape;
        }
    }

    /// <summary>A compiled getter: reflection's GetValue costs far more per call on every manifest of every compilation.</summary>
    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var access = Expression.MakeMemberAccess(Expression.Convert(target, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), target).Compile();
    }

    private sealed record Member(JsonEncodedText Name, Func<object, object?> Read);

    /// <summary>How a type is written: its tag, and its members (null for a scalar).</summary>
    private sealed record Shape(string Name, Member[]? Members)
    {
        public JsonEncodedText Tag { get; } = JsonEncodedText.Encode(Name);
    }
}
