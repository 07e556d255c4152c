// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "tthc",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "tthc", targets: ["tthc"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    // The system libyaml, found through pkg-config (apt: libyaml-dev).
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    // Positions, diagnostics and their renderers. Knows nothing of YAML or procedures.
    .target(name: "Diagnostics"),
    // libyaml events -> our own position-keeping node tree.
    .target(name: "YAMLReader", dependencies: ["CLibYAML", "Diagnostics"]),
    // The expression language: parser, type checker, evaluator.
    .target(name: "Expressions", dependencies: ["Diagnostics"]),
    // The documentation of every diagnostic code: rationale and examples that are tests.
    .target(name: "Rules", dependencies: ["Diagnostics"]),
    // The Vietnamese lunar calendar, public holidays and working-day deadlines.
    .target(name: "Calendar"),
    // Typed values of the procedure format v1.
    .target(name: "Model", dependencies: ["Diagnostics"]),
    // Schema-directed decoding of node trees into the model.
    .target(name: "Decoding", dependencies: ["YAMLReader", "Model", "Diagnostics"]),
    // Checks across files: references between procedures and registries.
    .target(name: "Semantics", dependencies: ["Model", "Expressions", "Calendar", "Diagnostics"]),
    // Atomic exchange of two paths (renameat2), for replacing the output tree in one step.
    .target(name: "CFileSystem"),
    // The C allocator's arenas, limited for a long-running watch.
    .target(name: "CAllocator"),
    // Generated files from checked definitions: catalog, schemas, forms, workflows.
    .target(
      name: "Generators",
      dependencies: [
        "Semantics", "Expressions", "Calendar", "Model", "Diagnostics",
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    // The pipeline: discover, read, decode, check; build and write the output tree.
    .target(
      name: "Compiler",
      dependencies: [
        "Decoding", "Semantics", "Generators", "CFileSystem", "YAMLReader", "Model", "Diagnostics",
      ]
    ),
    // The command-line commands, callable in-process.
    .target(
      name: "TTHCCommands",
      dependencies: [
        "Compiler", "Generators", "Diagnostics", "Rules", "Semantics", "Calendar", "Model", "CAllocator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "tthc", dependencies: ["TTHCCommands"]),
    // A bare libyaml event pass, the baseline the benchmark compares against.
    .executableTarget(name: "yaml-baseline", dependencies: ["CLibYAML"], path: "Benchmarks/Baseline"),
    // Where a check's and a build's time goes, phase by phase, on one core.
    .executableTarget(
      name: "check-phases",
      dependencies: ["CLibYAML", "YAMLReader", "Decoding", "Semantics", "Generators", "Model", "Diagnostics"],
      path: "Benchmarks/Phases"),

    .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"], exclude: ["Goldens"]),
    .testTarget(name: "ExpressionsTests", dependencies: ["Expressions", "Diagnostics"]),
    .testTarget(name: "CalendarTests", dependencies: ["Calendar"]),
    .testTarget(
      name: "GeneratorsTests",
      dependencies: ["Generators", "Expressions", .product(name: "Mustache", package: "swift-mustache")]),
    .testTarget(name: "SemanticsTests", dependencies: ["Semantics", "Model", "Diagnostics"]),
    .testTarget(
      name: "BuildTests",
      dependencies: [
        "Compiler", "Generators", "Semantics", "Calendar", "TestSupport",
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "RulesTests", dependencies: ["Rules", "Compiler", "Diagnostics", "TestSupport"]),
    .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader", "Diagnostics", "TestSupport"]),
    .testTarget(
      name: "DecodingTests",
      dependencies: ["Compiler", "Decoding", "Model", "Diagnostics", "TestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "CompilerTests", dependencies: ["Compiler", "Model", "Diagnostics", "TestSupport"]),
    .testTarget(
      name: "CLITests",
      dependencies: ["TTHCCommands", "Diagnostics", "TestSupport"]
    ),
  ]
)
