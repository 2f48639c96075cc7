using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace LearningCity.Tests.Architecture;

/// <summary>One place where a type of the assembly names another type of the same assembly.</summary>
internal sealed record TypeUse(string UsingType, string Member, string UsedType);

/// <summary>
/// Reads the compiled IL (System.Reflection.Metadata, so nothing is loaded or run) and lists every use of one of the
/// assembly's own types by another: base types, interfaces, fields, properties, events, method signatures and locals,
/// method bodies (calls, newobj, field access, typeof/ldtoken, casts), attributes (with their typeof arguments),
/// generic arguments and constraints. A nested type (a lambda's closure, an async state machine) counts for the
/// outermost type that declares it, so a use inside a lambda is reported against the method that wrote it.
/// </summary>
internal static class TypeUses
{
    public static IReadOnlyList<TypeUse> Read(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = new UseReader(pe.GetMetadataReader(), pe);
        foreach (var handle in reader.Md.TypeDefinitions)
            reader.ReadType(handle);
        return reader.Uses;
    }

    private sealed class UseReader(MetadataReader md, PEReader pe)
    {
        public MetadataReader Md { get; } = md;
        public List<TypeUse> Uses { get; } = [];
        private readonly HashSet<TypeDefinitionHandle> _found = [];
        private readonly Dictionary<string, TypeDefinitionHandle> _byName = md.TypeDefinitions
            .ToDictionary(h => TypeNames.FullName(md, h, '+'), h => h, StringComparer.Ordinal);

        public void ReadType(TypeDefinitionHandle handle)
        {
            var type = Md.GetTypeDefinition(handle);
            var owner = TypeNames.FullName(Md, TypeNames.Outermost(Md, handle));

            Collect(owner, TypeNames.Member(Md, handle, "(declaration)"), () =>
            {
                AddHandle(type.BaseType);
                foreach (var i in type.GetInterfaceImplementations())
                    AddHandle(Md.GetInterfaceImplementation(i).Interface);
                AddAttributes(type.GetCustomAttributes());
                AddGenericParameters(type.GetGenericParameters());
            });
            foreach (var f in type.GetFields())
            {
                var field = Md.GetFieldDefinition(f);
                Collect(owner, TypeNames.Member(Md, handle, Md.GetString(field.Name)), () =>
                {
                    field.DecodeSignature(Collector, null);
                    AddAttributes(field.GetCustomAttributes());
                });
            }
            foreach (var p in type.GetProperties())
            {
                var property = Md.GetPropertyDefinition(p);
                Collect(owner, TypeNames.Member(Md, handle, Md.GetString(property.Name)), () =>
                {
                    property.DecodeSignature(Collector, null);
                    AddAttributes(property.GetCustomAttributes());
                });
            }
            foreach (var e in type.GetEvents())
            {
                var ev = Md.GetEventDefinition(e);
                Collect(owner, TypeNames.Member(Md, handle, Md.GetString(ev.Name)), () =>
                {
                    AddHandle(ev.Type);
                    AddAttributes(ev.GetCustomAttributes());
                });
            }
            foreach (var m in type.GetMethods())
                ReadMethod(owner, handle, m);
        }

        private void ReadMethod(string owner, TypeDefinitionHandle declaring, MethodDefinitionHandle handle)
        {
            var method = Md.GetMethodDefinition(handle);
            Collect(owner, TypeNames.Member(Md, declaring, Md.GetString(method.Name)), () =>
            {
                method.DecodeSignature(Collector, null);
                AddAttributes(method.GetCustomAttributes());
                foreach (var p in method.GetParameters())
                    AddAttributes(Md.GetParameter(p).GetCustomAttributes());
                AddGenericParameters(method.GetGenericParameters());
                if (method.RelativeVirtualAddress == 0)
                    return;
                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                    Md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(Collector, null);
                foreach (var token in IlTokens.Read(body.GetILReader()))
                    AddHandle(MetadataTokens.EntityHandle(token));
            });
        }

        private void Collect(string owner, string member, Action read)
        {
            _found.Clear();
            read();
            foreach (var used in _found)
                Uses.Add(new TypeUse(owner, member, TypeNames.FullName(Md, TypeNames.Outermost(Md, used))));
        }

        private SignatureCollector Collector => new(AddHandle);

        public void Found(TypeDefinitionHandle handle) => _found.Add(handle);

        public void AddHandle(EntityHandle handle)
        {
            if (handle.IsNil)
                return;
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Found((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    Md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(Collector, null);
                    break;
                case HandleKind.MethodDefinition:
                    var method = Md.GetMethodDefinition((MethodDefinitionHandle)handle);
                    Found(method.GetDeclaringType());
                    method.DecodeSignature(Collector, null);
                    break;
                case HandleKind.FieldDefinition:
                    var field = Md.GetFieldDefinition((FieldDefinitionHandle)handle);
                    Found(field.GetDeclaringType());
                    field.DecodeSignature(Collector, null);
                    break;
                case HandleKind.MemberReference:
                    var member = Md.GetMemberReference((MemberReferenceHandle)handle);
                    AddHandle(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                        member.DecodeMethodSignature(Collector, null);
                    else
                        member.DecodeFieldSignature(Collector, null);
                    break;
                case HandleKind.MethodSpecification:
                    var spec = Md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    AddHandle(spec.Method);
                    spec.DecodeSignature(Collector, null);
                    break;
                case HandleKind.StandaloneSignature:
                    var sig = Md.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    if (sig.GetKind() == StandaloneSignatureKind.Method)
                        sig.DecodeMethodSignature(Collector, null);
                    break;
            }
        }

        private void AddAttributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var a in attributes)
            {
                var attribute = Md.GetCustomAttribute(a);
                AddHandle(attribute.Constructor);
                var value = attribute.DecodeValue(new AttributeTypeProvider(Md, _byName));
                foreach (var arg in value.FixedArguments.Concat(value.NamedArguments.Select(n => new CustomAttributeTypedArgument<AttributeType>(n.Type, n.Value))))
                    AddAttributeValue(arg);
            }
        }

        // A typeof(...) argument of an attribute is stored as the type's serialized name.
        private void AddAttributeValue(CustomAttributeTypedArgument<AttributeType> arg)
        {
            if (arg.Value is AttributeType { Name: { } name } && _byName.TryGetValue(name, out var handle))
                Found(handle);
            else if (arg.Value is IEnumerable<CustomAttributeTypedArgument<AttributeType>> items)
                foreach (var item in items)
                    AddAttributeValue(item);
        }

        private void AddGenericParameters(GenericParameterHandleCollection parameters)
        {
            foreach (var g in parameters)
            {
                var parameter = Md.GetGenericParameter(g);
                foreach (var c in parameter.GetConstraints())
                    AddHandle(Md.GetGenericParameterConstraint(c).Type);
                AddAttributes(parameter.GetCustomAttributes());
            }
        }
    }
}
