// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "citegraph",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "CiteGraph", targets: ["CiteGraph"]),
    .library(name: "CiteGraphRender", targets: ["CiteGraphRender"]),
    .executable(name: "citegraph", targets: ["citegraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
  ],
  targets: [
    .target(name: "CiteGraph"),
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    .target(name: "CiteGraphRender", dependencies: ["CiteGraph", "CGraphviz"]),
    .executableTarget(
      name: "citegraph",
      dependencies: [
        "CiteGraph",
        "CiteGraphRender",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "citegraph-bench",
      dependencies: [
        "CiteGraph",
        "CiteGraphRender",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "RenderLeakCheck", dependencies: ["CiteGraph", "CiteGraphRender"]),
    .testTarget(name: "CiteGraphTests", dependencies: ["CiteGraph"], exclude: ["Fixtures"]),
    .testTarget(name: "CiteGraphRenderTests", dependencies: ["CiteGraphRender", "CiteGraph"]),
    .testTarget(name: "CitegraphCLITests", dependencies: ["citegraph"]),
  ],
  swiftLanguageModes: [.v6]
)
