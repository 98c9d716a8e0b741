#ifndef CITEGRAPH_CGRAPHVIZ_SHIM_H
#define CITEGRAPH_CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/* Swift 6 rejects the mutable C global `Agdirected` as not concurrency-safe. */
static inline Agdesc_t citegraph_directed(void) { return Agdirected; }

typedef int (*citegraph_render_uint_fn)(GVC_t *, graph_t *, const char *, char **, unsigned int *);
typedef int (*citegraph_render_size_fn)(GVC_t *, graph_t *, const char *, char **, size_t *);

/* gvRenderData takes `unsigned int *` in Graphviz 2.x and `size_t *` from 3.0 on. The prototype
   seen here picks the call, so the Swift side always gets a `size_t`. */
static inline int citegraph_render_data(GVC_t *context, graph_t *graph, const char *format,
                                        char **result, size_t *length) {
  if (_Generic(&gvRenderData, citegraph_render_uint_fn: 1, default: 0)) {
    unsigned int native = 0;
    int status = ((citegraph_render_uint_fn)(void *)&gvRenderData)(context, graph, format, result,
                                                                    &native);
    *length = (size_t)native;
    return status;
  }
  return ((citegraph_render_size_fn)(void *)&gvRenderData)(context, graph, format, result, length);
}

#endif
