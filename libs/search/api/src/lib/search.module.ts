import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { SEARCH_SOURCES, SearchableSource } from '@peerhub/shared/api-core';
import { SearchDocuments } from './documents';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

export interface SearchModuleOptions {
  /** The domain modules that export the sources. */
  imports: NonNullable<ModuleMetadata['imports']>;
  /** One `SearchableSource` per document kind; search builds its documents from them, never from their tables. */
  sources: Type<SearchableSource>[];
}

@Module({})
export class SearchModule {
  /** The app wires the domains' sources in: search depends on no domain lib, and no domain on search. */
  static register(options: SearchModuleOptions): DynamicModule {
    return {
      module: SearchModule,
      imports: options.imports,
      providers: [
        {
          provide: SEARCH_SOURCES,
          useFactory: (...sources: SearchableSource[]) => sources,
          inject: options.sources,
        },
        SearchDocuments,
        SearchService,
        SearchResolver,
      ],
      exports: [SearchService],
    };
  }
}
