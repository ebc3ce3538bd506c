export * from './lib/practices.module';
export * from './lib/practices.service';
export * from './lib/practices.mapper';
export * from './lib/practices.resolver';
export * from './lib/models/practice.model';
export * from './lib/dto/practices.args';
export * from './lib/entities/practice.entity';
