using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace LearningCity.Tests.Architecture;

internal static class TypeNames
{
    public static TypeDefinitionHandle Outermost(MetadataReader md, TypeDefinitionHandle handle)
    {
        while (true)
        {
            var declaring = md.GetTypeDefinition(handle).GetDeclaringType();
            if (declaring.IsNil)
                return handle;
            handle = declaring;
        }
    }

    public static string FullName(MetadataReader md, TypeDefinitionHandle handle, char nestedSeparator = '.')
    {
        var type = md.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
            return FullName(md, declaring, nestedSeparator) + nestedSeparator + md.GetString(type.Name);
        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? md.GetString(type.Name) : ns + "." + md.GetString(type.Name);
    }

    /// <summary>
    /// A member as a person reads it in the source: "Inner.Method", with compiler-generated closures left out, an
    /// async or iterator state machine read as its method, and a lambda as the method that wrote it.
    /// </summary>
    public static string Member(MetadataReader md, TypeDefinitionHandle declaring, string member)
    {
        var path = new List<string>();
        string? stateMachineOf = null;
        for (var type = md.GetTypeDefinition(declaring); !type.GetDeclaringType().IsNil; type = md.GetTypeDefinition(type.GetDeclaringType()))
        {
            var name = md.GetString(type.Name);
            if (Generated(name) is not { } inner)
                path.Insert(0, name);
            else if (inner.Length > 0 && name.Contains(">d__", StringComparison.Ordinal))
                stateMachineOf = inner;
        }
        path.Add(stateMachineOf ?? (Generated(member) is { Length: > 0 } written ? written : member));
        return string.Join('.', path);
    }

    // "<HandleAsync>d__4" → "HandleAsync", "<Map>b__0_1" → "Map", "<>c" → "", a plain name → null.
    private static string? Generated(string name)
    {
        if (!name.StartsWith('<'))
            return null;
        var end = name.IndexOf('>', StringComparison.Ordinal);
        return end > 1 ? name[1..end].TrimStart('<') : "";
    }

    public static string WithoutAssembly(string serializedName)
    {
        var comma = serializedName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 || serializedName.Contains('[', StringComparison.Ordinal) ? serializedName : serializedName[..comma];
    }
}

/// <summary>The metadata tokens (type, method, field, signature operands) of a method body's IL.</summary>
internal static class IlTokens
{
    private static readonly Dictionary<ushort, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => unchecked((ushort)o.Value), o => o.OperandType);

    public static IEnumerable<int> Read(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            ushort code = il.ReadByte();
            if (code == 0xFE)
                code = (ushort)(0xFE00 | il.ReadByte());
            switch (Operands[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType
                    or OperandType.InlineTok or OperandType.InlineSig:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                default: // InlineBrTarget, InlineI, InlineString, ShortInlineR
                    il.Offset += 4;
                    break;
            }
        }
        return tokens;
    }
}

/// <summary>Walks a signature and hands every type handle in it (generic arguments included) to <c>add</c>.</summary>
internal sealed class SignatureCollector(Action<EntityHandle> add) : ISignatureTypeProvider<byte, object?>
{
    public byte GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) { add(handle); return 0; }
    public byte GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) { add(handle); return 0; }
    public byte GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 0;
    public byte GetArrayType(byte elementType, ArrayShape shape) => 0;
    public byte GetByReferenceType(byte elementType) => 0;
    public byte GetGenericInstantiation(byte genericType, ImmutableArray<byte> typeArguments) => 0;
    public byte GetPointerType(byte elementType) => 0;
    public byte GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;
    public byte GetSZArrayType(byte elementType) => 0;
    public byte GetFunctionPointerType(MethodSignature<byte> signature) => 0;
    public byte GetGenericMethodParameter(object? genericContext, int index) => 0;
    public byte GetGenericTypeParameter(object? genericContext, int index) => 0;
    public byte GetModifiedType(byte modifier, byte unmodifiedType, bool isRequired) => 0;
    public byte GetPinnedType(byte elementType) => 0;
}
