using System.Text;

namespace BackLegKiosk.Server.Mapping;

/// <summary>Training names fields in camelCase; a gRPC client knows them by their proto (snake_case) names.</summary>
public static class FieldNames
{
    public static string ToProto(string camel)
    {
        var builder = new StringBuilder(camel.Length + 8);
        var inIndex = false;
        foreach (var c in camel)
        {
            inIndex = c switch { '[' => true, ']' => false, _ => inIndex };
            if (!inIndex && char.IsUpper(c))
            {
                builder.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
