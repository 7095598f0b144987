using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackLegKiosk.Training.Vocabulary;

/// <summary>Writes and reads every enum as its <see cref="Words"/> word, so JSON files use the words people type.</summary>
public sealed class WordsJsonConverter : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(WordConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class WordConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && Words.Parse<T>(reader.GetString()) is { } value
                ? value
                : throw new JsonException($"expected one of: {string.Join(", ", Words.All<T>())}");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Words.Of(value));
    }
}
