import { EMPTY_PAYLOAD_HASH, signV4 } from "../../../cli/state-inventory/sigv4";

// AWS's example credentials and request date from the S3 SigV4 documentation
// ("Examples: Signature calculations in AWS Signature Version 4", header-based auth).
const AWS_EXAMPLE = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};
const signed = (url: string, headers?: Record<string, string>) =>
  signV4(
    {
      method: "GET",
      url: new URL(url),
      region: "us-east-1",
      service: "s3",
      date: new Date("2013-05-24T00:00:00Z"),
      headers,
    },
    AWS_EXAMPLE,
  );

describe("AWS Signature Version 4", () => {
  it("signs AWS's published GET Object example (with a Range header) to its published signature", () => {
    const headers = signed("https://examplebucket.s3.amazonaws.com/test.txt", { Range: "bytes=0-9" });
    expect(headers).toEqual({
      range: "bytes=0-9",
      "x-amz-content-sha256": EMPTY_PAYLOAD_HASH,
      "x-amz-date": "20130524T000000Z",
      authorization:
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    });
    expect(EMPTY_PAYLOAD_HASH).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("signs AWS's published list and sub-resource examples: the query is canonical (sorted, name=value)", () => {
    const signature = (url: string) => /Signature=([0-9a-f]{64})$/.exec(signed(url).authorization)![1];
    expect(signature("https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J")).toBe(
      "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
    );
    expect(signature("https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2")).toBe(
      "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
    );
    expect(signature("https://examplebucket.s3.amazonaws.com/?lifecycle")).toBe(
      "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
    );
  });

  it("sends and signs the session token of temporary credentials", () => {
    const headers = signV4(
      { method: "GET", url: new URL("https://rgw.example/b"), region: "r", service: "s3", date: new Date(0) },
      { ...AWS_EXAMPLE, sessionToken: "token/with+chars=" },
    );
    expect(headers["x-amz-security-token"]).toBe("token/with+chars=");
    expect(headers.authorization).toContain("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,");
  });
});
