using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;

namespace LearningCity.Tests.Architecture;

/// <summary>An attribute argument's type; a typeof(...) argument's value is one of these with the type's Name.</summary>
internal sealed record AttributeType(bool IsSystemType, PrimitiveTypeCode? Enum, string? Name = null);

/// <summary>Just enough of an attribute's argument types to decode its value: which is System.Type, and enums' sizes.</summary>
internal sealed class AttributeTypeProvider(MetadataReader md, IReadOnlyDictionary<string, TypeDefinitionHandle> byName)
    : ICustomAttributeTypeProvider<AttributeType>
{
    private static readonly AttributeType Other = new(false, null);

    public AttributeType GetPrimitiveType(PrimitiveTypeCode typeCode) => Other;
    public AttributeType GetSystemType() => new(true, null);
    public AttributeType GetSZArrayType(AttributeType elementType) => elementType;
    public bool IsSystemType(AttributeType type) => type.IsSystemType;
    public AttributeType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => new(false, EnumSize(handle));
    // Enums of other assemblies in attribute arguments are int-sized in this code base (the default for enums).
    public AttributeType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeReference(handle);
        return reader.StringComparer.Equals(type.Namespace, "System") && reader.StringComparer.Equals(type.Name, "Type")
            ? GetSystemType()
            : new(false, PrimitiveTypeCode.Int32);
    }
    public AttributeType GetTypeFromSerializedName(string name)
    {
        var plain = TypeNames.WithoutAssembly(name);
        return new(false, byName.TryGetValue(plain, out var handle) ? EnumSize(handle) : PrimitiveTypeCode.Int32, plain);
    }
    public PrimitiveTypeCode GetUnderlyingEnumType(AttributeType type) => type.Enum ?? PrimitiveTypeCode.Int32;

    private PrimitiveTypeCode EnumSize(TypeDefinitionHandle handle)
    {
        foreach (var f in md.GetTypeDefinition(handle).GetFields())
        {
            var field = md.GetFieldDefinition(f);
            if ((field.Attributes & FieldAttributes.Static) == 0)
                return field.DecodeSignature(new EnumFieldType(), null);
        }
        return PrimitiveTypeCode.Int32;
    }

    private sealed class EnumFieldType : ISignatureTypeProvider<PrimitiveTypeCode, object?>
    {
        public PrimitiveTypeCode GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode;
        public PrimitiveTypeCode GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Int32;
        public PrimitiveTypeCode GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Int32;
        public PrimitiveTypeCode GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => PrimitiveTypeCode.Int32;
        public PrimitiveTypeCode GetArrayType(PrimitiveTypeCode elementType, ArrayShape shape) => elementType;
        public PrimitiveTypeCode GetByReferenceType(PrimitiveTypeCode elementType) => elementType;
        public PrimitiveTypeCode GetGenericInstantiation(PrimitiveTypeCode genericType, ImmutableArray<PrimitiveTypeCode> typeArguments) => genericType;
        public PrimitiveTypeCode GetPointerType(PrimitiveTypeCode elementType) => elementType;
        public PrimitiveTypeCode GetSZArrayType(PrimitiveTypeCode elementType) => elementType;
        public PrimitiveTypeCode GetFunctionPointerType(MethodSignature<PrimitiveTypeCode> signature) => PrimitiveTypeCode.IntPtr;
        public PrimitiveTypeCode GetGenericMethodParameter(object? genericContext, int index) => PrimitiveTypeCode.Int32;
        public PrimitiveTypeCode GetGenericTypeParameter(object? genericContext, int index) => PrimitiveTypeCode.Int32;
        public PrimitiveTypeCode GetModifiedType(PrimitiveTypeCode modifier, PrimitiveTypeCode unmodifiedType, bool isRequired) => unmodifiedType;
        public PrimitiveTypeCode GetPinnedType(PrimitiveTypeCode elementType) => elementType;
    }
}
