using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// The complete content of a template view as bytes: every value Scriban can read from it, walked by
/// runtime type the way Scriban walks it (public instance fields and readable properties, lists item by
/// item). The encoding is prefix-free: every value starts with a tag byte, strings carry their length and
/// UTF-16 code units, objects and scalars their type's number, lists an end tag. Two views with equal bytes
/// therefore hold equal values of equal types and render the same text; views it cannot describe completely
/// (dictionaries, very deep or cyclic graphs) get no bytes and are never cached.
/// </summary>
internal static class ViewContent
{
    private const int MaxDepth = 64;

    private const byte NullTag = 0;
    private const byte StringTag = 1;
    private const byte FalseTag = 2;
    private const byte TrueTag = 3;
    private const byte DoubleTag = 4;
    private const byte SingleTag = 5;
    private const byte IntegerTag = 6;
    private const byte ScalarTag = 7;
    private const byte ObjectTag = 8;
    private const byte ListTag = 9;
    private const byte ListEndTag = 10;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <summary>Encodings of shared view parts, by reference, for as long as each part lives.</summary>
    private static readonly ConditionalWeakTable<ISharedViewPart, EncodedPart> SharedParts = new();

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The view's content, or null when it holds something this walk does not describe.</summary>
    public static byte[]? Of(object view) => TryWrite(view, out var content) ? content.ToArray() : null;

    /// <summary>
    /// Writes the view's content into this thread's buffer and returns it, valid until the next call on this
    /// thread; false when the view holds something this walk does not describe.
    /// </summary>
    public static bool TryWrite(object view, out ReadOnlySpan<byte> content)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var written = TryWrite(buffer, view, 0);
        content = written ? buffer.WrittenSpan : default;
        return written;
    }

    private static bool TryWrite(ArrayBufferWriter<byte> buffer, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case null:
                WriteTag(buffer, NullTag);
                return true;
            case string text:
                WriteString(buffer, StringTag, text);
                return true;
            case bool flag:
                WriteTag(buffer, flag ? TrueTag : FalseTag);
                return true;
            case double d:
                WriteTagged(buffer, DoubleTag, BitConverter.DoubleToInt64Bits(d));
                return true;
            case float f:
                WriteTagged(buffer, SingleTag, BitConverter.SingleToInt32Bits(f));
                return true;
            case IDictionary:
                return false;
            case IEnumerable items:
                return TryWriteItems(buffer, items, depth);
            case ISharedViewPart part:
                return TryWriteShared(buffer, part, depth);
        }

        return TryWriteMembers(buffer, value, depth);
    }

    /// <summary>A scalar by value, or an object's type number and members.</summary>
    private static bool TryWriteMembers(ArrayBufferWriter<byte> buffer, object value, int depth)
    {
        var shape = ShapeOf(value.GetType());
        if (shape.Members is null)
        {
            WriteScalar(buffer, shape, value);
            return true;
        }

        WriteTagged(buffer, ObjectTag, shape.Number);
        foreach (var read in shape.Members)
        {
            if (!TryWrite(buffer, read(value), depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A shared part's bytes are the same wherever it sits: it is encoded once with half the depth budget and
    /// accepted at most half-way down, so the whole view still stays within <see cref="MaxDepth"/>.
    /// </summary>
    private static bool TryWriteShared(ArrayBufferWriter<byte> buffer, ISharedViewPart part, int depth)
    {
        var encoded = SharedParts.GetValue(part, static p =>
        {
            var own = new ArrayBufferWriter<byte>(256);
            return new EncodedPart(TryWriteMembers(own, p, MaxDepth / 2) ? own.WrittenSpan.ToArray() : null);
        });
        if (encoded.Bytes is null || depth > MaxDepth / 2)
        {
            return false;
        }

        encoded.Bytes.CopyTo(buffer.GetSpan(encoded.Bytes.Length));
        buffer.Advance(encoded.Bytes.Length);
        return true;
    }

    private static bool TryWriteItems(ArrayBufferWriter<byte> buffer, IEnumerable items, int depth)
    {
        WriteTag(buffer, ListTag);
        foreach (var item in items)
        {
            if (!TryWrite(buffer, item, depth + 1))
            {
                return false;
            }
        }

        WriteTag(buffer, ListEndTag);
        return true;
    }

    /// <summary>Integers by value (the common case: ports, weights), other scalars as invariant text; both with their type's number.</summary>
    private static void WriteScalar(ArrayBufferWriter<byte> buffer, Shape shape, object value)
    {
        long? integer = value switch
        {
            int i => i,
            uint u => u,
            long l => l,
            _ => null,
        };
        if (integer is { } number)
        {
            WriteTagged(buffer, IntegerTag, shape.Number);
            BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), number);
            buffer.Advance(8);
            return;
        }

        WriteTagged(buffer, ScalarTag, shape.Number);
        WriteString(buffer, StringTag, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
    }

    private static void WriteTag(ArrayBufferWriter<byte> buffer, byte tag)
    {
        buffer.GetSpan(1)[0] = tag;
        buffer.Advance(1);
    }

    private static void WriteTagged(ArrayBufferWriter<byte> buffer, byte tag, int value)
    {
        var span = buffer.GetSpan(5);
        span[0] = tag;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], value);
        buffer.Advance(5);
    }

    private static void WriteTagged(ArrayBufferWriter<byte> buffer, byte tag, long value)
    {
        var span = buffer.GetSpan(9);
        span[0] = tag;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], value);
        buffer.Advance(9);
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, byte tag, string text)
    {
        WriteTagged(buffer, tag, text.Length);
        var units = MemoryMarshal.AsBytes(text.AsSpan());
        units.CopyTo(buffer.GetSpan(units.Length));
        buffer.Advance(units.Length);
    }

    /// <summary>
    /// Scalars (primitives, enums, decimals, other formattable values) are written by value; anything else
    /// member by member in a fixed order. A type's number is its own in this process (the cache lives in one process).
    /// </summary>
    private static Shape ShapeOf(Type type) => Shapes.TryGetValue(type, out var shape) ? shape : AddShape(type);

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Views are types of this assembly, which the native build does not trim (TrimMode partial).")]
    private static Shape AddShape(Type type)
    {
        lock (Shapes)
        {
            if (Shapes.TryGetValue(type, out var existing))
            {
                return existing;
            }

            var number = Shapes.Count;
            var shape = type.IsPrimitive || type.IsEnum || type == typeof(decimal) || typeof(IFormattable).IsAssignableFrom(type)
                ? new Shape(number, null)
                : new Shape(number,
                [
                    .. type.GetFields(BindingFlags.Instance | BindingFlags.Public).Select(f => Getter(type, f)),
                    .. type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                        .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                        .Select(p => Getter(type, p)),
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

    /// <summary>A shared part's encoding; null when it cannot be described.</summary>
    private sealed record EncodedPart(byte[]? Bytes);

    /// <summary>How a type is written: its number, and its members' getters in order (null for a scalar).</summary>
    private sealed record Shape(int Number, Func<object, object?>[]? Members);
}
