import Compiler
import Testing

/// SHA-256 against the FIPS 180-4 examples (NIST CSRC "Examples with Intermediate Values").
@Suite("content digests")
struct ContentDigestTests {
  @Test("known digests", arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func known(message: String, digest: String) {
    #expect(ContentDigest.of(message).description == digest)
  }

  @Test("a million a's, fed in uneven pieces, give the published digest")
  func millionAs() {
    var hasher = SHA256()
    let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000)
    var fed = 0
    var size = 1
    while fed < 1_000_000 {
      let count = min(size, 1_000_000 - fed, piece.count)
      hasher.update(piece[0..<count])
      fed += count
      size = size % 997 + 13  // pieces that straddle the 64-byte blocks every way
    }
    #expect(hasher.finish().description == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("one changed byte changes the digest")
  func sensitivity() {
    var bytes = Array("tthc: một thủ tục hành chính".utf8)
    let original = ContentDigest.of(bytes)
    bytes[5] ^= 1
    #expect(ContentDigest.of(bytes) != original)
  }
}
